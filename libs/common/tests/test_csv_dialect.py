from __future__ import annotations

import csv
import io

from samarinda_common.csv_dialect import SAMPLE_CHARACTERS, csv_dialect


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), csv_dialect(text)))


def test_semicolon_export_under_metadata_lines_of_other_widths() -> None:
    # The standard sniffer finds no delimiter here; a comma would split each Indonesian amount.
    text = (
        "DAFTAR BELANJA TA 2030\n"
        "Unit;Dinas Contoh\n"
        "Dicetak;01-02-2029 08:00\n"
        "\n"
        "no;uraian;volume;harga_satuan;total\n"
        "1;Kapur tulis, putih;10;2.500,00;25.000,00\n"
        "2;Penghapus;4;1.750,00;7.000,00\n"
        "3;Map kertas, folio;20;1.200,00;24.000,00\n"
    )
    rows = _rows(text)
    assert rows[4] == ["no", "uraian", "volume", "harga_satuan", "total"]
    assert rows[5] == ["1", "Kapur tulis, putih", "10", "2.500,00", "25.000,00"]


def test_plain_comma_file_keeps_its_comma() -> None:
    text = 'no,uraian,harga\n1,"Pensil, 2B",2500\n2,Penghapus,1750\n'
    assert _rows(text)[1] == ["1", "Pensil, 2B", "2500"]


def test_a_long_export_is_judged_on_its_first_part_only() -> None:
    # Rows past the sample (here a stray comma-separated tail) do not change the dialect.
    head = "no;uraian;jumlah\n" + "".join(f"{n};Spidol papan kaca {n};{n}.000,00\n" for n in range(1, 3000))
    assert len(head) > SAMPLE_CHARACTERS
    dialect = csv_dialect(head + "catatan,dicetak,ulang\n" * 50)
    assert dialect.delimiter == ";"
