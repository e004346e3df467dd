from __future__ import annotations

from decimal import Decimal

import pytest
from samarinda_common.errors import InvalidInput
from samarinda_common.extracted import ExtractionMethod, Page, Table
from samarinda_common.testing.samples import samples_dir
from samarinda_rka_review.adapters.tables import load_tables
from samarinda_rka_review.domain.rka_columns import rejoin_unit_overflow, spilled_words
from samarinda_rka_review.domain.rka_parser import (
    parse_koefisien,
    parse_rka_tables,
    read_rka_tables,
    split_code_name,
    split_inline_spec,
    text_fact_rows,
    texts_per_table,
    written_account,
)
from samarinda_rka_review.domain.text import known_unit

SAMPLES = samples_dir()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10 Orang x 2 Kali", Decimal(20)),
        ("40 Kotak X 12 Kali", Decimal(480)),
        ("0,5 Tahun", Decimal("0.5")),
        ("2 Orang × 3 Hari × 2 Kali", Decimal(12)),
        ("1 Paket", Decimal(1)),
        ("8 Lembar 2 x 3 m", Decimal(8)),
        ("4 Unit 3 x 6 m2 x 2 Hari", Decimal(8)),
        ("3 x 4 Kali", Decimal(12)),
        ("", None),
        ("Paket", None),
    ],
)
def test_koefisien_is_the_product_of_its_factors(text: str, expected: Decimal | None) -> None:
    assert parse_koefisien(text) == expected


def test_split_code_name() -> None:
    assert split_code_name("1.01.01.2.06.0009 - Penyelenggaraan Rapat") == (
        "1.01.01.2.06.0009",
        "Penyelenggaraan Rapat",
    )
    assert split_code_name("Dinas Kesehatan") == (None, "Dinas Kesehatan")


def test_the_shared_sample_parses_into_sub_kegiatan_groups_and_lines() -> None:
    rka = parse_rka_tables(load_tables(SAMPLES / "rka_dinas_pendidikan_2026.xlsx"))
    assert rka.fiscal_year == 2026
    assert rka.opd_name == "Dinas Pendidikan dan Kebudayaan"
    assert len(rka.sub_kegiatan) == 4
    first = rka.sub_kegiatan[0]
    assert first.kode == "1.01.01.2.06.0009"
    assert first.indikator and first.indikator.startswith("Jumlah Laporan")
    assert first.target == "12 Laporan"
    assert first.declared_total == 456618194
    assert [line.line_id for line in rka.lines()] == [str(i) for i in range(1, 40)]
    line = first.lines[0]
    assert (line.kode_rekening, line.volume, line.harga_satuan, line.ppn_percent, line.jumlah) == (
        "5.1.02.01.01.0052",
        Decimal(480),
        45000,
        Decimal(11),
        23976000,
    )
    assert line.account_name == "Belanja Makanan dan Minuman Rapat"


def _block(nama: str, first_no: int) -> list[list[object]]:
    return [
        ["Sub Kegiatan", ":", f"2.15.02.2.01.000{first_no} - {nama}"],
        ["Keluaran Sub Kegiatan", ":", "Jumlah Laporan"],
        ["Rincian Belanja", "No.", "Total (Rp)", "Harga (Rp)", "Vol", "Kode Akun"],
        [None, None, 1000, None, None, "5.1.02.01.01.0024"],
        ["Pulpen", first_no, 1000, "500", 2, None],
        ["JUMLAH", None, 1000, None, None, None],
    ]


def test_reordered_columns_and_several_sub_kegiatan_in_one_sheet() -> None:
    rows = [["RKA TAHUN ANGGARAN 2027"], *_block("Rapat A", 1), [], *_block("Rapat B", 2)]
    rka = parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)], opd="DISHUB")
    assert [s.nama for s in rka.sub_kegiatan] == ["Rapat A", "Rapat B"]
    assert rka.fiscal_year == 2027
    line = rka.sub_kegiatan[1].lines[0]
    assert (line.line_id, line.harga_satuan, line.volume, line.jumlah, line.ppn_percent) == (
        "2",
        500,
        2,
        1000,
        None,
    )
    assert rka.sub_kegiatan[0].groups[0].declared_subtotal == 1000


def test_a_list_mark_before_the_item_is_layout_not_its_name() -> None:
    rows = _block("Rapat A", 1)
    rows[4][0] = "- Honorarium pemateri"
    rka = parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)], opd="DISHUB")
    assert rka.sub_kegiatan[0].lines[0].uraian == "Honorarium pemateri"


def test_a_page_without_header_continues_the_open_sub_kegiatan() -> None:
    header = ["No", "Uraian", "Harga Satuan", "Volume", "Jumlah"]
    page1 = Table(
        page=1, index=0, rows=[["Sub Kegiatan : Rapat"], header, [1, "Nasi kotak", 45000, 10, 450000]]
    )
    page2 = Table(
        page=2, index=0, rows=[[2, "Kue kotak", 20000, 10, 200000], [None, "Jumlah", None, None, 650000]]
    )
    rka = parse_rka_tables([page1, page2], opd="X")
    assert len(rka.sub_kegiatan) == 1
    assert [line.uraian for line in rka.sub_kegiatan[0].lines] == ["Nasi kotak", "Kue kotak"]
    assert rka.sub_kegiatan[0].declared_total == 650000


def test_a_later_page_with_its_own_column_header_and_no_facts_continues_the_page_before() -> None:
    # A scan's second page repeats the column header (with a No column the first page's reading
    # lost) but not the header block: its lines are the same sub-kegiatan's.
    page1 = Table(
        page=1,
        index=0,
        rows=[
            ["Sub Kegiatan : 9.99.01.2.01.0001 - Pelatihan Juru Masak"],
            ["Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"],
            ["Panci presto", 2, "Buah", 650000, 1300000],
        ],
    )
    page2 = Table(
        page=2,
        index=0,
        rows=[
            ["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"],
            [7, "Wajan datar", 3, "Buah", 210000, 630000],
        ],
    )
    rka = parse_rka_tables([page1, page2], opd="X")
    assert [sub.kode for sub in rka.sub_kegiatan] == ["9.99.01.2.01.0001"]
    assert [line.uraian for line in rka.sub_kegiatan[0].lines] == ["Panci presto", "Wajan datar"]


def test_a_later_page_naming_another_sub_kegiatan_opens_it() -> None:
    def page(number: int, kode: str, item: str, header: list[str]) -> Table:
        rows = [
            [f"Sub Kegiatan : {kode} - Kegiatan {number}"],
            header,
            [*([1] * (len(header) == 6)), item, 1, "Unit", 5000, 5000],
        ]
        return Table(page=number, index=0, rows=rows)

    header = ["Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"]
    tables = [
        page(1, "9.99.01.2.01.0001", "Kompor", header),
        page(2, "9.99.01.2.01.0002", "Tenda", ["No", *header]),
    ]
    rka = parse_rka_tables(tables, opd="X")
    assert [sub.kode for sub in rka.sub_kegiatan] == ["9.99.01.2.01.0001", "9.99.01.2.01.0002"]


def test_a_table_without_rka_columns_is_rejected() -> None:
    with pytest.raises(InvalidInput):
        parse_rka_tables([Table(index=0, rows=[["Nama", "Alamat"], ["A", "B"]])])


def test_enumerated_section_rows_name_each_sub_kegiatan_under_one_header() -> None:
    # One sheet, one column header; each sub-kegiatan opens with section rows that write the label,
    # an enumeration mark and the code without a colon, and several facts in one merged cell.
    rows = [
        ["Program", ": 1.05.02 - PROGRAM KETENTRAMAN DAN KETERTIBAN UMUM"],
        ["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"],
        ["SUB KEGIATAN I.  1.05.02.2.01.0003 - PATROLI WILAYAH RAWAN"],
        ["Keluaran: Jumlah Patroli yang Dilaksanakan  |  Target: 96 Kali  |  Lokasi: Kec. Utara"],
        [1, "Senter LED isi ulang", 12, "Buah", 95000, 1140000],
        ["SUB KEGIATAN II.  1.05.02.2.02.0001 - PENERTIBAN REKLAME"],
        ["Keluaran: Jumlah Reklame yang Ditertibkan  |  Target: 300 Buah"],
        [2, "Tangga lipat aluminium", 2, "Unit", 850000, 1700000],
    ]
    rka = parse_rka_tables([Table(sheet="Belanja", index=0, rows=rows)], opd="SATPOL")
    first, second = rka.sub_kegiatan
    assert (first.kode, first.nama) == ("1.05.02.2.01.0003", "PATROLI WILAYAH RAWAN")
    assert (first.indikator, first.target, first.lokasi) == (
        "Jumlah Patroli yang Dilaksanakan",
        "96 Kali",
        "Kec. Utara",
    )
    assert (second.nama, second.target) == ("PENERTIBAN REKLAME", "300 Buah")
    assert second.program == first.program == "1.05.02 - PROGRAM KETENTRAMAN DAN KETERTIBAN UMUM"


def test_an_indicator_table_above_the_rka_table_keeps_the_page_header_for_it() -> None:
    # A printout: each sub-kegiatan starts a page whose text holds the header block; the first
    # table on the page is the indicator block, the second the budget table (same columns on
    # every page). Each page's header names its own sub-kegiatan.
    header = ["No", "Uraian", "Koefisien", "Satuan", "Harga", "Jumlah"]

    def page(number: int, code: str, name: str, output: str, line: list[object]) -> tuple[Page, list[Table]]:
        text = f"Program : 1.03.05 - PROGRAM PENATAAN RUANG\nSub Kegiatan : {code} - {name}\n"
        indicators = [
            ["Indikator", "Tolok Ukur Kinerja", "Target Kinerja"],
            ["Keluaran", output, "4 Dokumen"],
        ]
        return (
            Page(number=number, text=text, method=ExtractionMethod.TEXT),
            [Table(page=number, index=0, rows=indicators), Table(page=number, index=1, rows=[header, line])],
        )

    first_page, first_tables = page(
        1,
        "1.03.05.2.01.0002",
        "Penyusunan Rencana Detail Tata Ruang",
        "Jumlah Dokumen RDTR",
        ["1", "Peta dasar skala 1:5000", "4 Lembar", "Lembar", "250.000", "1.000.000"],
    )
    second_page, second_tables = page(
        2,
        "1.03.05.2.02.0001",
        "Sosialisasi Rencana Tata Ruang",
        "Jumlah Peserta Sosialisasi",
        ["2", "Leaflet tata ruang", "500 Lembar", "Lembar", "2.000", "1.000.000"],
    )
    rka = read_rka_tables([*first_tables, *second_tables], pages=[first_page, second_page]).result(
        opd="DPUPR", fiscal_year=2027, rka_id=None
    )
    assert [(s.kode, s.nama, s.indikator) for s in rka.sub_kegiatan] == [
        ("1.03.05.2.01.0002", "Penyusunan Rencana Detail Tata Ruang", "Jumlah Dokumen RDTR"),
        ("1.03.05.2.02.0001", "Sosialisasi Rencana Tata Ruang", "Jumlah Peserta Sosialisasi"),
    ]


def test_a_word_file_with_one_table_per_lettered_sub_kegiatan_on_its_one_page() -> None:
    # A Word file has one page: each form's heading (``A. Sub Kegiatan <code> <name>``, no colon)
    # and facts sit in the page text above its own table, and both tables have the same columns.
    header = ["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"]
    text = "\n".join(
        [
            "PEMERINTAH KOTA CONTOH",
            "A. Sub Kegiatan 3.27.04.2.01.0005 Pembinaan Kelompok Tani",
            "Capaian/keluaran: Jumlah kelompok tani dibina",
            "No | Uraian | Volume | Satuan | Harga Satuan | Jumlah",
            "1 | Bibit lengkuas | 10 | Karung | 60.000 | 600.000",
            "B. Sub Kegiatan 3.27.04.2.02.0001 Penyuluhan Lapangan",
            "Lokasi: Balai Penyuluhan",
            "No | Uraian | Volume | Satuan | Harga Satuan | Jumlah",
            "2 | Leaflet penyuluhan | 500 | Lembar | 2.000 | 1.000.000",
        ]
    )
    tables = [
        Table(page=1, index=0, rows=[header, ["1", "Bibit lengkuas", "10", "Karung", "60.000", "600.000"]]),
        Table(
            page=1, index=1, rows=[header, ["2", "Leaflet penyuluhan", "500", "Lembar", "2.000", "1.000.000"]]
        ),
    ]
    page = Page(number=1, text=text, method=ExtractionMethod.DOCX)
    rka = read_rka_tables(tables, pages=[page]).result(opd="DPTP", fiscal_year=2027, rka_id=None)
    assert [(s.kode, s.nama, [ln.line_id for ln in s.lines]) for s in rka.sub_kegiatan] == [
        ("3.27.04.2.01.0005", "Pembinaan Kelompok Tani", ["1"]),
        ("3.27.04.2.02.0001", "Penyuluhan Lapangan", ["2"]),
    ]
    assert rka.sub_kegiatan[0].indikator == "Jumlah kelompok tani dibina"


def test_a_line_writing_its_account_code_and_name_in_one_cell_is_booked_to_that_code() -> None:
    rows = [
        ["[2] 3.27.04.2.02.0001  Penyuluhan Lapangan", None, None, None, None, None],
        ["No", "Uraian", "Volume", "Harga Satuan", "Jumlah", "Rekening Belanja"],
        ["01", "Leaflet penyuluhan", 500, 2000, 1000000, "5.1.02.02.01.0056 Belanja Jasa Cetak"],
        ["02", "Bibit lengkuas", 10, 60000, 600000, "5.1.02.01.01.0012 - Belanja Bahan Lainnya"],
    ]
    rka = parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)], opd="DPTP")
    [sub] = rka.sub_kegiatan
    assert (sub.kode, sub.nama) == ("3.27.04.2.02.0001", "Penyuluhan Lapangan")
    assert [(ln.kode_rekening, ln.account_name) for ln in sub.lines] == [
        ("5.1.02.02.01.0056", "Belanja Jasa Cetak"),
        ("5.1.02.01.01.0012", "Belanja Bahan Lainnya"),
    ]
    assert written_account("5.1.02.01.01.0012") == ("5.1.02.01.01.0012", None)
    assert written_account("Belanja Bahan") is None


def test_page_text_is_shared_out_only_when_it_opens_one_sub_kegiatan_per_table() -> None:
    text = "Program : 3.27.04 PROGRAM X\nSub Kegiatan : 3.27.04.2.01.0005 - Satu\nLokasi : Desa\nisi tabel"
    assert texts_per_table(text, 2) == [text, ""]
    two = "Sub Kegiatan : 3.27.04.2.01.0005 - Satu\ntabel satu\nProgram : 3.27.04 PROGRAM X\n\n" + (
        "Sub Kegiatan : 3.27.04.2.02.0001 - Dua\ntabel dua"
    )
    assert texts_per_table(two, 2) == [
        "Sub Kegiatan : 3.27.04.2.01.0005 - Satu\ntabel satu",
        "Program : 3.27.04 PROGRAM X\n\nSub Kegiatan : 3.27.04.2.02.0001 - Dua\ntabel dua",
    ]
    assert text_fact_rows("Kegiatan 2.5 Ha lahan sawah") == []


def test_a_kode_slash_nama_label_names_the_sub_kegiatan() -> None:
    rows = [
        ["Kode / Nama Sub Kegiatan", None, "1.02.02.2.03.0001 - Pengendalian Vektor Nyamuk"],
        ["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"],
        [1, "Larvasida butiran", 40, "Kg", 85000, 3400000],
    ]
    rka = parse_rka_tables([Table(sheet="Vektor", index=0, rows=rows)], opd="DINKES")
    sub = rka.sub_kegiatan[0]
    assert (sub.kode, sub.nama) == ("1.02.02.2.03.0001", "Pengendalian Vektor Nyamuk")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lampu TL Spesifikasi: 36 watt, putih", ("Lampu TL", "36 watt, putih")),
        ("Tinta stempel\nSpesifikasi : -", ("Tinta stempel", None)),
        ("Amplop coklat Spek: kabinet", ("Amplop coklat", "kabinet")),
        ("Spesifikasi: tanpa nama barang", ("Spesifikasi: tanpa nama barang", None)),
        ("Lem kertas cair", ("Lem kertas cair", None)),
    ],
)
def test_a_specification_written_under_the_item_in_its_uraian_cell(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert split_inline_spec(text) == expected


def test_a_printout_without_a_spec_column_keeps_the_spec_apart_from_the_name() -> None:
    rows = [
        ["Sub Kegiatan", ":", "2.15.02.2.01.0007 - Pemeliharaan Gedung"],
        ["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"],
        [1, "Lampu TL\nSpesifikasi: 36 watt", 10, "Buah", 45_000, 450_000],
        [2, "Saklar ganda\nSpesifikasi: -", 4, "Buah", 30_000, 120_000],
    ]
    rka = parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)], opd="DISPERKIM")  # type: ignore[arg-type]
    assert [(ln.uraian, ln.spesifikasi) for ln in rka.sub_kegiatan[0].lines] == [
        ("Lampu TL", "36 watt"),
        ("Saklar ganda", None),
    ]


def test_a_flat_export_naming_each_line_sub_kegiatan_splits_them() -> None:
    header = ["Kode Sub Kegiatan", "Nama Sub Kegiatan", "Kode Akun", "No", "Komponen Belanja", "Satuan"]
    header += ["Volume", "Harga Satuan", "Total Harga"]
    outreach = ("3.27.03.2.01.0002", "Penyuluhan Pertanian Organik")
    pests = ("3.27.03.2.01.0007", "Pengendalian Hama Padi")
    rows: list[list[object]] = [
        header,
        [*outreach, "5.1.02.01.01.0052", 1, "Nasi kotak", "Kotak", 30, 25000, 750000],
        [*outreach, "5.1.02.01.01.0024", 2, "Map plastik", "Buah", 30, 3000, 90000],
        [*pests, "5.1.02.01.01.0075", 3, "Pestisida nabati", "Liter", 40, 60000, 2400000],
    ]
    rka = parse_rka_tables([Table(sheet="Rincian", index=0, rows=rows)], opd="DKP")
    assert [(s.kode, s.nama, len(s.lines)) for s in rka.sub_kegiatan] == [(*outreach, 2), (*pests, 1)]


def test_a_flat_export_with_identifier_labels_keeps_its_own_line_numbers() -> None:
    # Column names written as identifiers; the numbering runs on across sub-kegiatan.
    header = ["kode_sub_kegiatan", "nama_sub_kegiatan", "nomor_rincian", "uraian_komponen"]
    header += ["volume", "satuan", "harga_satuan", "jumlah_harga"]
    harbour = ("3.27.11.2.02.0004", "Pemeliharaan Dermaga Rakyat")
    market = ("3.27.11.2.02.0009", "Penataan Kios Pasar")
    rows: list[list[object]] = [
        header,
        [*harbour, 1, "Cat besi", 6, "Kaleng", 95000, 570000],
        [*harbour, 2, "Kuas 3 inci", 6, "Buah", 12000, 72000],
        [*market, 3, "Gembok kuningan", 8, "Buah", 45000, 360000],
    ]
    rka = parse_rka_tables([Table(sheet="export", index=0, rows=rows)], opd="DISHUB")
    assert [[ln.line_id for ln in s.lines] for s in rka.sub_kegiatan] == [["1", "2"], ["3"]]


def test_a_flat_export_coded_by_sub_kegiatan_takes_their_facts_from_its_list_sheet() -> None:
    # The lines name their sub-kegiatan by an abbreviated code column only; a second sheet lists
    # each code with its name, output and target.
    header = ["Kd Sub Keg", "Rekening", "No", "Uraian", "Satuan", "Harga", "Volume", "Jumlah"]
    nursery, market = "3.27.04.1.02.0003", "3.27.06.1.01.0001"
    lines: list[list[object]] = [
        header,
        [nursery, "5.1.02.01.01.0008", 1, "Polybag semai", "Lembar", "250", 400, 100000],
        [market, "5.1.02.01.01.0024", 2, "Map plastik", "Buah", "3 rb", 20, 60000],
    ]
    listing: list[list[object]] = [
        ["Kode", "Sub Kegiatan", "Indikator Keluaran", "Target"],
        [nursery, "Pembibitan Tanaman Hortikultura", "Jumlah bibit yang disemai", "4000 Bibit"],
        [market, "Pemantauan Harga Pasar", "Jumlah laporan harga", "12 Laporan"],
    ]
    tables = [Table(sheet="usulan", index=0, rows=lines), Table(sheet="daftar", index=1, rows=listing)]
    rka = parse_rka_tables(tables, opd="DISTAN")
    assert [(s.kode, s.nama, s.indikator, s.target, len(s.lines)) for s in rka.sub_kegiatan] == [
        (nursery, "Pembibitan Tanaman Hortikultura", "Jumlah bibit yang disemai", "4000 Bibit", 1),
        (market, "Pemantauan Harga Pasar", "Jumlah laporan harga", "12 Laporan", 1),
    ]


def test_roman_section_rows_in_the_line_columns_open_each_sub_kegiatan() -> None:
    # The section's mark in the No column, its code in the Kode Rekening column, its labelled name in
    # the Uraian column; an ``Indikator: ...`` row under it states the output.
    header = ["No", "Kode Rekening", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"]
    rows = [
        header,
        ["I", "3.27.02.1.01.0002", "SUB KEGIATAN: Pembinaan Kelompok Tani Hutan", None, None, None, None],
        [None, None, "Indikator: Jumlah kelompok yang dibina | Target: 6 Kelompok", None, None, None, None],
        [None, "5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"],
        ["I.1", None, "Buku tulis bergaris", 40, "Buah", 6000, 240000],
        ["II", "3.27.02.1.02.0001", "SUB KEGIATAN: Penyuluhan Hutan Rakyat", None, None, None, None],
        [None, "5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"],
        ["II.1", None, "Pensil kayu 2B", 30, "Buah", 3000, 90000],
    ]
    rka = parse_rka_tables([Table(sheet="Rincian", index=0, rows=rows)], opd="DISHUT")
    first, second = rka.sub_kegiatan
    assert (first.kode, first.nama, first.indikator) == (
        "3.27.02.1.01.0002",
        "Pembinaan Kelompok Tani Hutan",
        "Jumlah kelompok yang dibina",
    )
    assert first.target == "6 Kelompok"
    assert (second.kode, [ln.line_id for ln in second.lines]) == ("3.27.02.1.02.0001", ["II.1"])
    assert second.lines[0].kode_rekening == "5.1.02.01.01.0024"


def test_a_priced_line_whose_cells_read_like_labels_is_not_a_new_header() -> None:
    # Section rows under one column header; ``Unit`` in the Satuan column and a price note naming
    # the tax read like column labels, but the row's amounts say it is a budget line.
    rows = [
        [
            "No",
            "Uraian",
            "Kode Rekening",
            "Koefisien",
            "Volume",
            "Satuan",
            "Harga Satuan",
            "Keterangan",
            "PPN (Rp)",
            "Jumlah",
        ],
        [
            None,
            "SUB KEGIATAN 4.01.01.1.01.0001 : Lomba Dayung",
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
        ],
        [
            None,
            "Belanja Bahan-Bahan Lainnya",
            "5.1.02.01.01.0012",
            None,
            None,
            None,
            None,
            None,
            None,
            "1.110.000",
        ],
        [
            "1",
            "Dayung kayu",
            None,
            "10 Buah",
            10,
            "Buah",
            "Rp. 100.000,00",
            "harga di luar pajak",
            "110.000",
            "1.110.000",
        ],
        [
            None,
            "Belanja Modal Alat Olahraga",
            "5.2.02.05.01.0005",
            None,
            None,
            None,
            None,
            None,
            None,
            "2.220.000",
        ],
        [
            "2",
            "Perahu naga",
            None,
            "2 Unit",
            2,
            "Unit",
            "Rp. 1.000.000,00",
            "harga di luar pajak",
            "220.000",
            "2.220.000",
        ],
        [
            "3",
            "Papan skor",
            None,
            "4 Unit",
            4,
            "Unit",
            "Rp. 50.000,00",
            "harga di luar pajak",
            "22.000",
            "222.000",
        ],
    ]
    rka = parse_rka_tables([Table(sheet="RKA", index=0, rows=rows)], opd="DISPORA")
    [sub] = rka.sub_kegiatan
    assert [(ln.line_id, ln.kode_rekening, ln.harga_satuan) for ln in sub.lines] == [
        ("1", "5.1.02.01.01.0012", 100000),
        ("2", "5.2.02.05.01.0005", 1000000),
        ("3", "5.2.02.05.01.0005", 50000),
    ]


_INVENTED_HEADER = ["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah", "Kode/Nama Akun"]
_INVENTED_LINE = [1, "Bibit kangkung darat", 40, "Pak", 85000, 3400000, "5.1.02.01.01.0012"]


@pytest.mark.parametrize(
    "facts",
    [
        # an output written inline after other facts of the same line
        [["Kegiatan 3.27.04.2.01 Penyuluhan; Indikator: Petani terlatih; Lokasi: Desa Maju"]],
        [["Sub Kegiatan : 3.27.04.2.01.0005 - Penyuluhan Tani", "Keluaran: Petani terlatih"]],
        [["Lokasi: Desa Maju", None, "Indikator: Petani terlatih"]],
        # a slashed label read by the part the vocabulary knows
        [["Capaian/Keluaran", ": Petani terlatih"]],
        [["Capaian / Keluaran : Petani terlatih"]],
    ],
)
def test_an_output_written_inline_or_under_a_slashed_label_is_read(facts: list[list[object]]) -> None:
    rows = [["Sub Kegiatan : 3.27.04.2.01.0005 - Penyuluhan Tani"], *facts, _INVENTED_HEADER, _INVENTED_LINE]
    [sub] = parse_rka_tables([Table(sheet="S", index=0, rows=rows)], opd="X").sub_kegiatan
    assert (sub.kode, sub.nama, sub.indikator) == ("3.27.04.2.01.0005", "Penyuluhan Tani", "Petani terlatih")
    assert [ln.kode_rekening for ln in sub.lines] == ["5.1.02.01.01.0012"]


def test_facts_side_by_side_on_one_text_line_are_read_apart() -> None:
    line = "Sub Kegiatan : 3.27.04.2.01.0005 - Penyuluhan Tani   Keluaran : Petani terlatih"
    [row] = text_fact_rows(line)
    rows = [row, _INVENTED_HEADER, _INVENTED_LINE]
    [sub] = parse_rka_tables([Table(sheet="S", index=0, rows=rows)], opd="X").sub_kegiatan
    assert (sub.nama, sub.indikator) == ("Penyuluhan Tani", "Petani terlatih")
    assert text_fact_rows("Capaian/Keluaran : Petani terlatih") == [["Capaian/Keluaran", "Petani terlatih"]]


def test_an_account_row_may_label_its_code_as_a_rekening() -> None:
    # ``Rek. <code> - <name>`` in the Uraian column heads the lines under it like a bare code does.
    rows = [
        ["Sub Kegiatan : 2.07.03.1.01.0005 - Pembinaan Pedagang Pasar"],
        ["No", "Uraian", "Vol", "Sat", "Harga", "Total (Rp)"],
        [None, "Rek. 5.1.02.01.01.0024 - Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"],
        ["1.1", "Pensil mekanik 0,5 mm", 24, "Buah", 4500, 108000],
        [None, "Kode Rekening: 5.1.02.02.01.0003 Honorarium Narasumber"],
        ["1.2", "Honor pengajar tamu", 2, "OJ", 900000, 1800000],
    ]
    [sub] = parse_rka_tables([Table(sheet="Belanja", index=0, rows=rows)], opd="X").sub_kegiatan
    assert [(line.kode_rekening, line.account_name) for line in sub.lines] == [
        ("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
        ("5.1.02.02.01.0003", "Honorarium Narasumber"),
    ]


@pytest.mark.parametrize("prefix", ["P-", "RW-", "SK2-", "3-", "B/"])
def test_line_numbers_behind_a_sheet_prefix_are_line_numbers(prefix: str) -> None:
    # Each sheet numbers its lines afresh behind its own letter or code (``P-01``, ``SK2-01``).
    rows = [
        ["No", "Uraian", "Vol", "Satuan", "Harga", "Jumlah"],
        [None, "Belanja Alat Tulis Kantor (5.1.02.01.01.0024)", None, None, None, None],
        [f"{prefix}01", "Buku agenda", 12, "Buah", 25000, 300000],
        [f"{prefix}02", "Tinta stempel", 3, "Botol", 15000, 45000],
        [None, "Sub Total", None, None, None, 345000],
    ]
    rka = parse_rka_tables([Table(sheet="Rapat", index=0, rows=rows)], opd="KEL")
    lines = rka.sub_kegiatan[0].lines
    assert [ln.line_id for ln in lines] == [f"{prefix}01", f"{prefix}02"]
    assert lines[0].kode_rekening == "5.1.02.01.01.0024"
    assert (lines[1].harga_satuan, lines[1].jumlah) == (15000, 45000)


def test_numbered_sub_kegiatan_heading_rows_without_a_colon_open_each_sub_kegiatan() -> None:
    # One sheet for two sub-kegiatan: each opens with a numbered heading row (``1 | SUB KEGIATAN
    # <code> - <NAME>``, no colon) and an ``Indikator: ...; Target: ...`` row, its lines ``1.1``...
    header = ["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"]
    rows = [
        ["DINAS CONTOH", None, None, None, None, None],
        header,
        ["1", "SUB KEGIATAN 1.03.02.2.01.0004 - PENGECATAN MARKA JALAN", None, None, None, None],
        [None, "Indikator: Panjang marka yang dicat; Target: 3 km", None, None, None, None],
        ["1.1", "Cat jalan putih", 10, "Kg", "40.000", "400.000"],
        ["2", "SUB KEGIATAN 1.03.03.2.01.0011 - PEMBERSIHAN GORONG-GORONG", None, None, None, None],
        [None, "Indikator: Jumlah gorong-gorong dibersihkan; Target: 12 unit", None, None, None, None],
        ["2.1", "Sekop", 4, "Buah", "90.000", "360.000"],
    ]
    rka = parse_rka_tables([Table(sheet="Belanja", index=0, rows=rows)], opd="DPU")
    assert [(s.kode, s.nama, s.indikator, [x.line_id for x in s.lines]) for s in rka.sub_kegiatan] == [
        ("1.03.02.2.01.0004", "PENGECATAN MARKA JALAN", "Panjang marka yang dicat", ["1.1"]),
        ("1.03.03.2.01.0011", "PEMBERSIHAN GORONG-GORONG", "Jumlah gorong-gorong dibersihkan", ["2.1"]),
    ]


def test_a_table_joined_across_pages_is_cut_back_where_a_page_opens_the_next_sub_kegiatan() -> None:
    # A printout starts each sub-kegiatan on a new page under its header block; the extraction
    # joined the pages' tables (each page repeats the column numbering) into one.
    header = ["No", "Uraian", "Volume", "Satuan", "Harga", "Jumlah"]
    numbering = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]
    rows = [
        header,
        numbering,
        ["1", "Map plastik", 10, "Buah", "5.000", "50.000"],
        numbering,
        ["2", "Amplop coklat", 20, "Buah", "1.000", "20.000"],
        [None, "JUMLAH TOTAL SUB KEGIATAN", None, None, None, "70.000"],
        numbering,
        ["3", "Kotak arsip", 5, "Buah", "30.000", "150.000"],
    ]
    facts = "Sub Kegiatan : {} \nIndikator Keluaran (Output) : {}"
    pages = [
        Page(
            number=1,
            text=facts.format("1.01.02.2.01.0001 - Penataan Berkas", "Jumlah berkas"),
            method=ExtractionMethod.TEXT,
        ),
        Page(number=2, text="", method=ExtractionMethod.TEXT),
        Page(
            number=3,
            text=facts.format("1.01.02.2.01.0002 - Penyimpanan Arsip", "Jumlah kotak"),
            method=ExtractionMethod.TEXT,
        ),
    ]
    table = Table(page=1, index=0, rows=rows, continued_on=3)
    rka = read_rka_tables([table], pages=pages).result(opd="ARSIP", fiscal_year=2027, rka_id=None)
    assert [(s.kode, s.indikator, [x.line_id for x in s.lines]) for s in rka.sub_kegiatan] == [
        ("1.01.02.2.01.0001", "Jumlah berkas", ["1", "2"]),
        ("1.01.02.2.01.0002", "Jumlah kotak", ["3"]),
    ]


@pytest.mark.parametrize(
    ("koefisien", "expected"),
    [
        ("lengkap 4 org x 2 hr", ("lengkap", "4 org x 2 hr")),
        ("Orang 4", (None, "Orang 4")),
        ("4 org x 2 hr", (None, "4 org x 2 hr")),
        (None, (None, None)),
    ],
)
def test_words_before_the_count_in_a_koefisien_ran_over_from_the_uraian(
    koefisien: str | None, expected: tuple[str | None, str | None]
) -> None:
    assert spilled_words(koefisien, known_unit) == expected


@pytest.mark.parametrize(
    ("satuan", "harga", "expected"),
    [
        ("Pak isi 12 b", "ungkus 45.000", ("Pak isi 12 bungkus", "45.000")),
        ("Karton isi 6", "botol 80.000", ("Karton isi 6 botol", "80.000")),
        ("Buah", "Rp 45.000", ("Buah", "Rp 45.000")),
        ("Buah", 45000, ("Buah", 45000)),
        ("Buah", "45.000", ("Buah", "45.000")),
    ],
)
def test_a_satuan_printed_into_the_harga_column_goes_back_to_the_satuan(
    satuan: str, harga: str | int, expected: tuple[str, str | int]
) -> None:
    assert rejoin_unit_overflow(satuan, harga, known_unit) == expected


def test_a_scanned_pack_unit_that_states_its_contents_is_kept() -> None:
    rows = [
        ["No", "Uraian", "Koefisien", "Satuan", "Harga Satuan", "Jumlah"],
        ["1", "Spidol papan", "3 kotak", "Kotak isi 12", "96.000", "288.000"],
    ]
    page = Page(number=1, text="", method=ExtractionMethod.OCR)
    rka = parse_rka_tables([Table(page=1, index=0, rows=rows)], source="scan.pdf", pages=[page])
    assert [ln.satuan for s in rka.sub_kegiatan for ln in s.lines] == ["Kotak isi 12"]


def test_a_page_texts_fact_under_a_label_of_the_authors_own_is_known_by_its_code() -> None:
    assert text_fact_rows("Nomor Rincian Kerja : 9.99.06.2.01.0007 Pembinaan Kader Posyandu") == [
        ["9.99.06.2.01.0007 Pembinaan Kader Posyandu"]
    ]
    assert text_fact_rows("Catatan : 5.1.02.01.01.0024 Belanja Alat Tulis Kantor") == []
    rows = [
        ["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"],
        ["1", "Timbangan bayi", 2, "Unit", 650000, 1300000],
    ]
    text = "Nomor Rincian Kerja : 9.99.06.2.01.0007 Pembinaan Kader Posyandu\n"
    page = Page(number=1, text=text, method=ExtractionMethod.TEXT)
    rka = parse_rka_tables([Table(page=1, index=0, rows=rows)], source="x.pdf", pages=[page])
    assert [(s.kode, s.nama) for s in rka.sub_kegiatan] == [("9.99.06.2.01.0007", "Pembinaan Kader Posyandu")]


def _printout_page(number: int, text: str) -> Page:
    return Page(number=number, text=text, method=ExtractionMethod.TEXT)


def test_a_header_block_below_a_page_s_last_table_opens_the_next_page_s_table() -> None:
    header = ["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"]
    first = [header, ["1", "Tali tambang nilon", 4, "Gulung", 85000, 340000]]
    second = [header, ["1", "Pelampung cincin", 6, "Buah", 240000, 1440000]]
    pages = [
        _printout_page(
            1,
            "Sub Kegiatan : 9.98.03.2.01.0002 - Patroli Sungai\nNo Uraian Volume Satuan Harga Satuan Jumlah\n"
            "1 Tali tambang nilon 4 Gulung 85.000 340.000\n"
            "Program : 9.98.03 - Program Contoh\nSub Kegiatan : 9.98.03.2.01.0003 - Pos Dermaga",
        ),
        _printout_page(
            2, "No Uraian Volume Satuan Harga Satuan Jumlah\n1 Pelampung cincin 6 Buah 240.000 1.440.000"
        ),
    ]
    tables = [Table(page=1, index=0, rows=first), Table(page=2, index=0, rows=second)]
    rka = parse_rka_tables(tables, source="x.pdf", pages=pages)
    assert [(s.kode, [ln.uraian for ln in s.lines]) for s in rka.sub_kegiatan] == [
        ("9.98.03.2.01.0002", ["Tali tambang nilon"]),
        ("9.98.03.2.01.0003", ["Pelampung cincin"]),
    ]


def test_a_table_above_a_page_s_header_block_runs_on_from_the_previous_page() -> None:
    header = ["No", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"]
    first = [header, ["1", "Tali tambang nilon", 4, "Gulung", 85000, 340000]]
    runs_on = [["2", "Jaket pelampung", 5, "Buah", 310000, 1550000]]
    second = [header, ["1", "Pelampung cincin", 6, "Buah", 240000, 1440000]]
    pages = [
        _printout_page(
            1,
            "Sub Kegiatan : 9.98.03.2.01.0002 - Patroli Sungai\nNo Uraian Volume Satuan Harga Satuan Jumlah\n"
            "1 Tali tambang nilon 4 Gulung 85.000 340.000",
        ),
        _printout_page(
            2,
            "2 Jaket pelampung 5 Buah 310.000 1.550.000\nJumlah 1.890.000\n"
            "Sub Kegiatan : 9.98.03.2.01.0003 - Pos Dermaga\nNo Uraian Volume Satuan Harga Satuan Jumlah\n"
            "1 Pelampung cincin 6 Buah 240.000 1.440.000",
        ),
    ]
    tables = [
        Table(page=1, index=0, rows=first),
        Table(page=2, index=0, rows=runs_on),
        Table(page=2, index=1, rows=second),
    ]
    rka = parse_rka_tables(tables, source="x.pdf", pages=pages)
    assert [(s.kode, [ln.uraian for ln in s.lines]) for s in rka.sub_kegiatan] == [
        ("9.98.03.2.01.0002", ["Tali tambang nilon", "Jaket pelampung"]),
        ("9.98.03.2.01.0003", ["Pelampung cincin"]),
    ]
