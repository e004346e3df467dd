"""The dialect of a delimited text table (CSV exports with ``,``, ``;``, tab or ``|``).

Shared by the extraction service's CSV reader and the RKA review's offline reader, so that a file
reads into the same columns wherever it is opened.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence

CSV_DELIMITERS = ",;\t|"
# Enough rows to see past a title block, little enough to sniff a large export quickly.
SAMPLE_CHARACTERS = 32_768


def csv_dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    """The sniffed dialect of the text's first ``SAMPLE_CHARACTERS``, unless another delimiter
    splits that sample's rows more consistently.

    The standard sniffer reads a title line above the table ("DAFTAR HARGA …, TAHUN 2025") as
    evidence too and can settle on a comma inside it, leaving a semicolon table one cell per row;
    on a few metadata lines of other widths above the table it finds no delimiter at all.
    """
    sample = text[:SAMPLE_CHARACTERS]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=CSV_DELIMITERS)
    except csv.Error:
        dialect = csv.excel
    lines = sample.splitlines()[:-1] or sample.splitlines()  # the sample's last line may be cut
    best = max(CSV_DELIMITERS, key=lambda delimiter: _rows_split_alike(lines, delimiter))
    if _rows_split_alike(lines, best) > _rows_split_alike(lines, dialect.delimiter):
        return csv.excel_tab if best == "\t" else _with_delimiter(best)
    return dialect


def _rows_split_alike(lines: Sequence[str], delimiter: str) -> int:
    """How many lines split into the same number (≥ 2) of fields, the most common such number."""
    widths = [len(row) for row in csv.reader(lines, delimiter=delimiter) if len(row) >= 2]
    return max((widths.count(width) for width in set(widths)), default=0)


def _with_delimiter(delimiter: str) -> type[csv.Dialect]:
    return type("_Delimited", (csv.excel,), {"delimiter": delimiter})
