import io
import json
from pathlib import Path

import openpyxl
from samarinda_common.extracted import ExtractionMethod, Table
from samarinda_extraction import extract_bytes, extract_file


def data_rows(table: Table) -> list[list]:
    assert table.header_row is not None
    return table.rows[table.header_row + 1 :]


def test_ssh_catalogue_yields_every_item_with_its_price(samples: Path) -> None:
    doc = extract_file(samples / "ssh_2026.xlsx")
    [table] = doc.tables
    assert table.sheet == "SSH"
    assert table.rows[table.header_row][:6] == [
        "No",
        "Kode Barang",
        "Uraian Barang",
        "Spesifikasi",
        "Satuan",
        "Harga Satuan (Rp)",
    ]
    rows = data_rows(table)
    assert [r[0] for r in rows] == list(range(1, 36))
    assert rows[0][1:6] == ["1.1.7.01.01.02.001", "Kertas HVS", "70 gram ukuran A4", "Rim", 56000]
    assert rows[27][2] == "Laptop" and rows[27][5] == 12_500_000
    assert rows[-1][2] == "Sepeda Motor" and rows[-1][5] == 28_500_000
    assert doc.pages[0].method is ExtractionMethod.SPREADSHEET


def test_rka_sheets_keep_every_line_with_its_numbers(samples: Path) -> None:
    doc = extract_file(samples / "rka_dinas_pendidikan_2026.xlsx")
    assert [t.sheet for t in doc.tables] == [
        "Rakor SKPD",
        "Perlengkapan Kantor",
        "Peralatan Mesin",
        "Pembinaan Siswa",
    ]
    assert [p.sheet for p in doc.pages] == [t.sheet for t in doc.tables]
    labels = json.loads((samples / "rka_dinas_pendidikan_2026.labels.json").read_text())["labels"]
    seen: list[int] = []
    for table in doc.tables:
        assert table.rows[table.header_row] == [
            "No",
            "Kode Rekening",
            "Uraian",
            "Spesifikasi",
            "Koefisien",
            "Volume",
            "Satuan",
            "Harga Satuan",
            "PPN (%)",
            "Jumlah",
        ]
        rows = data_rows(table)
        for line in (r for r in rows if isinstance(r[0], int)):
            seen.append(line[0])
            volume, price, ppn, total = line[5], line[7], line[8], line[9]
            # Jumlah = Volume x Harga x (1 + PPN), except where the reviewer found an arithmetic error.
            consistent = round(volume * price * (100 + ppn) / 100) == total
            assert consistent != ("ARITHMETIC" in labels[str(line[0])])
        groups = [r for r in rows if r[0] is None and r[1] is not None]
        assert rows[-1][2] == "Jumlah Total Sub Kegiatan"
        assert rows[-1][9] == sum(g[9] for g in groups)
    assert sorted(seen) == sorted(int(n) for n in labels)


def test_merged_title_cells_are_filled_across_the_table(samples: Path) -> None:
    doc = extract_file(samples / "rka_dinas_pendidikan_2026.xlsx")
    assert doc.tables[0].rows[0] == ["RENCANA KERJA DAN ANGGARAN"] * 10
    assert doc.pages[0].text.startswith("RENCANA KERJA DAN ANGGARAN\n")  # text does not repeat it


def test_dates_in_cells_become_iso_text() -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Tanggal", "Uraian", "Jumlah"])
    import datetime

    sheet.append([datetime.date(2025, 10, 14), "Rapat", 1000])
    buffer = io.BytesIO()
    workbook.save(buffer)
    doc = extract_bytes(buffer.getvalue(), "a.xlsx", None)
    assert doc.tables[0].rows[1][0].startswith("2025-10-14")


def test_formulas_saved_without_values_are_computed() -> None:
    # openpyxl (like a template filler, or LibreOffice saving without recalculation) stores the
    # formula only: read for cached values, Jumlah and the total would be empty.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Belanja ATK"
    sheet.append(["BELANJA BAHAN PAKAI HABIS"])
    sheet.merge_cells("A1:E1")
    sheet.append(["Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"])
    sheet.append(["Kertas HVS A4 80 gram", 25, "Rim", 62_500, "=B3*D3"])
    sheet.append(["Tinta printer", 4, "Botol", 87_250, "=ROUND(B4*D4*1.11,0)"])
    sheet.append(["Map plastik", 3, "Lusin", "=12*4500", "=B5*D5"])
    sheet.append(["Stempel", 1, "Buah", 150_000, "=VLOOKUP(A6,Harga!A:B,2,0)"])
    sheet.append(["Jumlah", None, None, None, "=SUM(E3:E5)"])
    buffer = io.BytesIO()
    book.save(buffer)

    [table] = extract_bytes(buffer.getvalue(), "rka_atk.xlsx", None).tables
    body = data_rows(table)
    assert [row[4] for row in body] == [1_562_500, 387_390, 162_000, None, 2_111_890]
    assert body[2][3] == 54_000
    assert table.rows[0] == ["BELANJA BAHAN PAKAI HABIS"] * 5  # merged title still filled


def test_semicolon_csv_becomes_one_table_with_integers(samples: Path) -> None:
    doc = extract_file(samples / "docs" / "realisasi_belanja_2025.csv")
    [table] = doc.tables
    assert table.header_row == 0
    assert table.rows[0] == ["uraian", "satuan", "volume", "harga_satuan", "jumlah"]
    assert table.rows[1] == ["Kertas HVS A4 70 gr", "Rim", 400, 54000, 21_600_000]
    assert len(table.rows) == 9
    assert all(r[2] * r[3] == r[4] for r in table.rows[1:])


def test_csv_keeps_ambiguous_numbers_as_text() -> None:
    doc = extract_bytes(b"kode,harga,telepon\nA1,1.250,0812\nA2,2.500,0813\n", "x.csv", "text/csv")
    assert doc.tables[0].rows[1] == ["A1", "1.250", "0812"]


def test_csv_with_a_title_line_holding_commas_keeps_its_semicolon_columns() -> None:
    data = (
        b"REKAP PEMELIHARAAN LAMPU, TAMAN DAN FASILITAS UMUM (TRIWULAN III, TA 2026)\n"
        b"Catatan: harga termasuk ongkos pasang, belum PPN\n"
        b"\n"
        b"no;pekerjaan;satuan;biaya\n"
        b"1;Ganti lampu sorot taman;titik;385000\n"
        b"2;Cat ulang bangku besi;unit;240000\n"
        b"3;Perbaikan pagar pembatas;meter;97500\n"
    )
    [table] = extract_bytes(data, "rekap.csv", "text/csv").tables
    assert ["no", "pekerjaan", "satuan", "biaya"] in table.rows
    assert [2, "Cat ulang bangku besi", "unit", 240000] in table.rows


def test_comma_csv_with_semicolons_inside_a_cell_stays_comma_separated() -> None:
    data = b'kode,uraian,harga\nB-01,"Meja; kayu jati",150000\nB-02,"Kursi; rotan",65000\nB-03,Lemari,21000\n'
    [table] = extract_bytes(data, "harga.csv", "text/csv").tables
    assert table.rows[1] == ["B-01", "Meja; kayu jati", 150000]


def test_a_hidden_column_reads_as_empty_in_its_place() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["No", "Uraian", "check", "Jumlah"])
    sheet.append([1, "Map plastik", 1, 54000])
    sheet.column_dimensions["C"].hidden = True
    data = io.BytesIO()
    book.save(data)
    [table] = extract_bytes(data.getvalue(), "t.xlsx").tables
    assert table.rows[-1] == [1, "Map plastik", None, 54000]
